CREATE TYPE "public"."audit_status" AS ENUM('in-progress', 'issued');--> statement-breakpoint
CREATE TYPE "public"."audit_verdict" AS ENUM('confirmed', 'adjusted', 'insufficient-evidence');--> statement-breakpoint
ALTER TYPE "public"."evidence_kind" ADD VALUE 'file';--> statement-breakpoint
CREATE TABLE "consensus_items" (
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"characteristic_id" text NOT NULL,
	"current" smallint,
	"current_unknown" boolean DEFAULT false NOT NULL,
	"target" smallint,
	"target_unknown" boolean DEFAULT false NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"dissent" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consensus_items_assessment_id_characteristic_id_pk" PRIMARY KEY("assessment_id","characteristic_id"),
	CONSTRAINT "consensus_current_level" CHECK ("consensus_items"."current" between 1 and 5),
	CONSTRAINT "consensus_target_level" CHECK ("consensus_items"."target" between 1 and 5),
	CONSTRAINT "consensus_current_one_answer" CHECK (not ("consensus_items"."current" is not null and "consensus_items"."current_unknown")),
	CONSTRAINT "consensus_target_one_answer" CHECK (not ("consensus_items"."target" is not null and "consensus_items"."target_unknown"))
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_used_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_respondent_unique" UNIQUE("respondent_id")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_groups" (
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_groups_organisation_id_key_pk" PRIMARY KEY("organisation_id","key")
);
--> statement-breakpoint
CREATE TABLE "assessment_grants" (
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_grants_assessment_id_user_id_pk" PRIMARY KEY("assessment_id","user_id"),
	CONSTRAINT "assessment_grants_role" CHECK ("assessment_grants"."role" in ('auditor'))
);
--> statement-breakpoint
CREATE TABLE "assessment_snapshots" (
	"assessment_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"digest" text NOT NULL,
	"canonical_json" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_snapshots_digest_unique" UNIQUE("digest")
);
--> statement-breakpoint
CREATE TABLE "audit_findings" (
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"characteristic_id" text NOT NULL,
	"verdict" "audit_verdict" NOT NULL,
	"adjusted_current" smallint,
	"adjusted_target" smallint,
	"reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_findings_assessment_id_characteristic_id_pk" PRIMARY KEY("assessment_id","characteristic_id"),
	CONSTRAINT "audit_findings_adjusted_current" CHECK ("audit_findings"."adjusted_current" between 1 and 5),
	CONSTRAINT "audit_findings_adjusted_target" CHECK ("audit_findings"."adjusted_target" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"assessment_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"auditor_user_id" uuid,
	"auditor_name" text NOT NULL,
	"auditor_organisation" text DEFAULT '' NOT NULL,
	"snapshot_digest" text NOT NULL,
	"status" "audit_status" DEFAULT 'in-progress' NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audits_assessment_organisation" UNIQUE("assessment_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence" ALTER COLUMN "respondent_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "revealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "revealed_by" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "min_group_size" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "workshop_characteristic_id" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "chain_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "chain_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" integer;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "consensus_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "respondents" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consensus_items" ADD CONSTRAINT "consensus_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_items" ADD CONSTRAINT "consensus_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_items" ADD CONSTRAINT "consensus_items_assessment_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_assessment_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_respondent_same_organisation" FOREIGN KEY ("respondent_id","organisation_id") REFERENCES "public"."respondents"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "stakeholder_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grants" ADD CONSTRAINT "assessment_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grants" ADD CONSTRAINT "assessment_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grants" ADD CONSTRAINT "assessment_grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_grants" ADD CONSTRAINT "assessment_grants_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_snapshots" ADD CONSTRAINT "assessment_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_snapshots" ADD CONSTRAINT "assessment_snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_snapshots" ADD CONSTRAINT "assessment_snapshots_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."audits"("assessment_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_auditor_user_id_users_id_fk" FOREIGN KEY ("auditor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_assessment_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Before the foreign key of evidence_files that references it.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_id_organisation" UNIQUE("id","organisation_id");--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_evidence_same_organisation" FOREIGN KEY ("evidence_id","organisation_id") REFERENCES "public"."evidence"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_assessment_idx" ON "invitations" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_grants_user_idx" ON "assessment_grants" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_revealed_by_users_id_fk" FOREIGN KEY ("revealed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_consensus_same_organisation" FOREIGN KEY ("consensus_assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_unique" ON "audit_log" USING btree ("assessment_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_consensus_idx" ON "evidence" USING btree ("consensus_assessment_id","characteristic_id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_one_owner" CHECK (("evidence"."respondent_id" is null) <> ("evidence"."consensus_assessment_id" is null));