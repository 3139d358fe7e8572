import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated from the entities, then reviewed; the hand-written part at the end adds what
 * entity decorators cannot express: case-insensitive unique e-mail and organisation names,
 * GIN indexes for full-text search, and a partial index over the outbox's pending rows.
 */
export class Initial1764162000000 implements MigrationInterface {
  name = 'Initial1764162000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "size" character varying(32), "city" character varying(100) NOT NULL, "region" character varying(100) NOT NULL, "country" character(2) NOT NULL DEFAULT 'PL', "invite_code" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ddcad0daf47f7f5007287a81eeb" UNIQUE ("invite_code"), CONSTRAINT "CHK_organizations_size" CHECK ("size" IS NULL OR ("kind" = 'COMPANY' AND "size" IN ('SME_UP_TO_10', 'SME_11_49', 'SME_50_249', 'LARGE'))), CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'CLUSTER_BODY', 'PUBLIC_BODY')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "full_name" character varying(120) NOT NULL, "role" character varying(16) NOT NULL, "organization_id" uuid, "language" character varying(2) NOT NULL DEFAULT 'pl', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_users_organization" CHECK ("role" = 'ADMIN' OR "organization_id" IS NOT NULL), CONSTRAINT "CHK_users_language" CHECK ("language" IN ('pl', 'en')), CONSTRAINT "CHK_users_role" CHECK ("role" IN ('FIRM', 'RESEARCHER', 'COORDINATOR', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_users_organization" ON "users"("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_refresh_tokens_user" ON "refresh_tokens"("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_refresh_tokens_family" ON "refresh_tokens"("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clusters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" character varying(1000) NOT NULL DEFAULT '', "regions" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_clusters_name" UNIQUE ("name"), CONSTRAINT "PK_56c8e201f375e1e961dcdd6831c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_members" ("cluster_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cluster_members" PRIMARY KEY ("cluster_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cluster_members_organization" ON "cluster_members"("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_coordinators" ("cluster_id" uuid NOT NULL, "user_id" uuid NOT NULL, "appointed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cluster_coordinators" PRIMARY KEY ("cluster_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cluster_coordinators_user" ON "cluster_coordinators"("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(256) NOT NULL, "summary" character varying(500) NOT NULL, "description" character varying(4000) NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "collaboration_types" text array NOT NULL, "language" character varying(2) NOT NULL, "visibility" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "close_reason" character varying(16), "search_document" tsvector NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "technology_keywords" text array NOT NULL DEFAULT '{}', "market_keywords" text array NOT NULL DEFAULT '{}', "trl_min" smallint NOT NULL, "trl_max" smallint NOT NULL, "budget_min" integer, "budget_max" integer, "currency" character(3), "deadline" date, CONSTRAINT "CHK_needs_keywords" CHECK (cardinality("technology_keywords") <= 5 AND cardinality("market_keywords") <= 5 AND cardinality("sectors") <= 5), CONSTRAINT "CHK_needs_language" CHECK ("language" IN ('pl', 'en')), CONSTRAINT "CHK_needs_visibility" CHECK ("visibility" IN ('PUBLIC', 'CLUSTER', 'ANONYMOUS')), CONSTRAINT "CHK_needs_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED', 'EXPIRED')), CONSTRAINT "CHK_needs_budget" CHECK (("budget_min" IS NULL OR "budget_min" >= 0) AND ("budget_max" IS NULL OR "budget_max" >= COALESCE("budget_min", 0)) AND (("budget_min" IS NULL AND "budget_max" IS NULL) = ("currency" IS NULL))), CONSTRAINT "CHK_needs_trl" CHECK ("trl_min" BETWEEN 1 AND 9 AND "trl_max" BETWEEN 1 AND 9 AND "trl_min" <= "trl_max"), CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_needs_status_created" ON "needs"("status", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_needs_author" ON "needs"("author_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_needs_organization" ON "needs"("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "capabilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(256) NOT NULL, "summary" character varying(500) NOT NULL, "description" character varying(4000) NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "collaboration_types" text array NOT NULL, "language" character varying(2) NOT NULL, "visibility" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "close_reason" character varying(16), "search_document" tsvector NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expertise_keywords" text array NOT NULL DEFAULT '{}', "methods" text array NOT NULL DEFAULT '{}', "equipment" text array NOT NULL DEFAULT '{}', "trl" smallint NOT NULL, "ipr_status" character varying(32) NOT NULL, "team" character varying(1000) NOT NULL DEFAULT '', "publications" text array NOT NULL DEFAULT '{}', CONSTRAINT "CHK_capabilities_keywords" CHECK (cardinality("expertise_keywords") <= 5 AND cardinality("sectors") <= 5), CONSTRAINT "CHK_capabilities_language" CHECK ("language" IN ('pl', 'en')), CONSTRAINT "CHK_capabilities_visibility" CHECK ("visibility" IN ('PUBLIC', 'CLUSTER', 'ANONYMOUS')), CONSTRAINT "CHK_capabilities_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED', 'EXPIRED')), CONSTRAINT "CHK_capabilities_ipr" CHECK ("ipr_status" IN ('NO_IPR_APPLIED', 'SECRET_KNOW_HOW', 'IPR_APPLIED_NOT_GRANTED', 'IPR_GRANTED')), CONSTRAINT "CHK_capabilities_trl" CHECK ("trl" BETWEEN 1 AND 9), CONSTRAINT "PK_c94fe6cafdb7646522a915893fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_capabilities_status_created" ON "capabilities"("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_capabilities_author" ON "capabilities"("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_capabilities_organization" ON "capabilities"("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "queue" character varying(64) NOT NULL, "job_name" character varying(64) NOT NULL, "job_id" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_members" ADD CONSTRAINT "FK_cluster_members_cluster" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_members" ADD CONSTRAINT "FK_cluster_members_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_coordinators" ADD CONSTRAINT "FK_cluster_coordinators_cluster" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_coordinators" ADD CONSTRAINT "FK_cluster_coordinators_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs" ADD CONSTRAINT "FK_needs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs" ADD CONSTRAINT "FK_needs_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capabilities" ADD CONSTRAINT "FK_capabilities_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capabilities" ADD CONSTRAINT "FK_capabilities_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_users_email_lower" ON "users" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organizations_name_city" ON "organizations" (lower("name"), lower("city"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_needs_search" ON "needs" USING GIN ("search_document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_capabilities_search" ON "capabilities" USING GIN ("search_document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_events_pending" ON "outbox_events" ("id") WHERE "relayed_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_outbox_events_pending"`);
    await queryRunner.query(`DROP INDEX "IDX_capabilities_search"`);
    await queryRunner.query(`DROP INDEX "IDX_needs_search"`);
    await queryRunner.query(`DROP INDEX "UQ_organizations_name_city"`);
    await queryRunner.query(`DROP INDEX "UQ_users_email_lower"`);
    await queryRunner.query(`ALTER TABLE "capabilities" DROP CONSTRAINT "FK_capabilities_author"`);
    await queryRunner.query(
      `ALTER TABLE "capabilities" DROP CONSTRAINT "FK_capabilities_organization"`,
    );
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "FK_needs_author"`);
    await queryRunner.query(`ALTER TABLE "needs" DROP CONSTRAINT "FK_needs_organization"`);
    await queryRunner.query(
      `ALTER TABLE "cluster_coordinators" DROP CONSTRAINT "FK_cluster_coordinators_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_coordinators" DROP CONSTRAINT "FK_cluster_coordinators_cluster"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_members" DROP CONSTRAINT "FK_cluster_members_organization"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_members" DROP CONSTRAINT "FK_cluster_members_cluster"`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_refresh_tokens_user"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_users_organization"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_capabilities_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_capabilities_author"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_capabilities_status_created"`);
    await queryRunner.query(`DROP TABLE "capabilities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_needs_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_needs_author"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_needs_status_created"`);
    await queryRunner.query(`DROP TABLE "needs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cluster_coordinators_user"`);
    await queryRunner.query(`DROP TABLE "cluster_coordinators"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cluster_members_organization"`);
    await queryRunner.query(`DROP TABLE "cluster_members"`);
    await queryRunner.query(`DROP TABLE "clusters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_tokens_family"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_tokens_user"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_organization"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
