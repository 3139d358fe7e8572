export * from './openalex/openalex-work';
export * from './openalex/capability-draft';
export * from './openalex/openalex-client';
export * from './orcid/orcid-id';
export * from './members/sheet-table';
export * from './members/xlsx-table';
export * from './members/member-rows';
export * from './members/member-plan';
