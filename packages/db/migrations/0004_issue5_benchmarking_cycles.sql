CREATE TYPE "public"."consortium_sharing" AS ENUM('consensus', 'audited');--> statement-breakpoint
CREATE TYPE "public"."improvement_stage_status" AS ENUM('not-started', 'in-progress', 'done');--> statement-breakpoint
CREATE TABLE "consortia" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"min_peer_cities" smallint DEFAULT 5 NOT NULL,
	"join_code_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consortia_join_code_unique" UNIQUE("join_code_hash"),
	CONSTRAINT "consortia_min_peer_cities" CHECK ("consortia"."min_peer_cities" between 2 and 100)
);
--> statement-breakpoint
CREATE TABLE "consortium_members" (
	"consortium_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sharing" "consortium_sharing" DEFAULT 'consensus' NOT NULL,
	"named" boolean DEFAULT false NOT NULL,
	"contactable" boolean DEFAULT false NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"joined_by" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consortium_members_consortium_id_organisation_id_pk" PRIMARY KEY("consortium_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "consortium_shares" (
	"consortium_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"model_version" text NOT NULL,
	"assessed_on" date NOT NULL,
	"audited" boolean DEFAULT false NOT NULL,
	"levels" jsonb NOT NULL,
	"shared_by" uuid,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consortium_shares_consortium_id_assessment_id_pk" PRIMARY KEY("consortium_id","assessment_id")
);
--> statement-breakpoint
CREATE TABLE "improvement_stages" (
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"stage_id" text NOT NULL,
	"status" "improvement_stage_status" DEFAULT 'not-started' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_stages_assessment_id_stage_id_pk" PRIMARY KEY("assessment_id","stage_id")
);
--> statement-breakpoint
ALTER TABLE "consortia" ADD CONSTRAINT "consortia_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortia" ADD CONSTRAINT "consortia_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_members" ADD CONSTRAINT "consortium_members_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "public"."consortia"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_members" ADD CONSTRAINT "consortium_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_members" ADD CONSTRAINT "consortium_members_joined_by_users_id_fk" FOREIGN KEY ("joined_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_shares" ADD CONSTRAINT "consortium_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_shares" ADD CONSTRAINT "consortium_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_shares" ADD CONSTRAINT "consortium_shares_member" FOREIGN KEY ("consortium_id","organisation_id") REFERENCES "public"."consortium_members"("consortium_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consortium_shares" ADD CONSTRAINT "consortium_shares_assessment_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_stages" ADD CONSTRAINT "improvement_stages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_stages" ADD CONSTRAINT "improvement_stages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_stages" ADD CONSTRAINT "improvement_stages_assessment_same_organisation" FOREIGN KEY ("assessment_id","organisation_id") REFERENCES "public"."assessments"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consortia_owner_idx" ON "consortia" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "consortium_members_organisation_idx" ON "consortium_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "consortium_shares_consortium_idx" ON "consortium_shares" USING btree ("consortium_id","organisation_id","assessed_on");