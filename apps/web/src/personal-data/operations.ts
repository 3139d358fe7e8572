import { graphql } from '../graphql/generated';

export const DataExportsQuery = graphql(`
  query DataExports {
    dataExports {
      id
      requestedAt
      readyAt
      downloadedAt
    }
  }
`);

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      requestedAt
      readyAt
      downloadedAt
    }
  }
`);

export const DownloadDataExportMutation = graphql(`
  mutation DownloadDataExport($token: String!) {
    downloadDataExport(token: $token) {
      fileName
      json
    }
  }
`);

export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input) {
      id
    }
  }
`);
