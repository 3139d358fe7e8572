/**
 * The session's operations, written in operations.graphql: the pages before sign-in import
 * these documents alone, not the map of every operation that `graphql()` carries.
 */
export {
  SessionFieldsFragmentDoc as SessionFields,
  SignInDocument as SignInMutation,
  VerifyEmailDocument as VerifyEmailMutation,
  RequestPasswordResetDocument as RequestPasswordResetMutation,
  ResetPasswordDocument as ResetPasswordMutation,
  SignUpDocument as SignUpMutation,
  RegisteredOrganizationDocument as RegisteredOrganizationQuery,
  SignOutDocument as SignOutMutation,
  SignOutEverywhereDocument as SignOutEverywhereMutation,
  OrcidSignInAvailableDocument as OrcidSignInAvailableQuery,
  StartOrcidSignInDocument as StartOrcidSignInMutation,
  CompleteOrcidSignInDocument as CompleteOrcidSignInMutation,
  StartOrcidLinkDocument as StartOrcidLinkMutation,
  CompleteOrcidLinkDocument as CompleteOrcidLinkMutation,
  UpdateLanguageDocument as UpdateLanguageMutation,
  LegalTextsDocument as LegalTextsQuery,
  AcceptLegalDocumentsDocument as AcceptLegalDocumentsMutation,
} from './operations.generated';
