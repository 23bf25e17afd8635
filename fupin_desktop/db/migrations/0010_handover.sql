-- Handover within the township (issue 11, docs/architecture.md "The school year"): the
-- receiving school of a departure and what became of the offer; the township's list of
-- its schools for every school's ledger; the children offered to a school, with the
-- records of their file as the sending school kept them.
ALTER TABLE "departure" ADD COLUMN "to_school_code" VARCHAR(10) NOT NULL DEFAULT '';
ALTER TABLE "departure" ADD COLUMN "to_school_name" VARCHAR(60) NOT NULL DEFAULT '';
ALTER TABLE "departure" ADD COLUMN "handover_state" VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE "departure" ADD COLUMN "handover_on" DATE;
ALTER TABLE "departure" ADD COLUMN "handover_note" VARCHAR(200) NOT NULL DEFAULT '';
CREATE TABLE "township_school" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "stamps" TEXT NOT NULL, "code" VARCHAR(10) NOT NULL, "name" VARCHAR(60) NOT NULL, "school_type" VARCHAR(20) NOT NULL, "active" INTEGER NOT NULL);
CREATE INDEX "township_school_updated_at" ON "township_school" ("updated_at");
CREATE INDEX "township_school_deleted" ON "township_school" ("deleted");
CREATE UNIQUE INDEX "township_school_code" ON "township_school" ("code");
CREATE TABLE "handover" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "stamps" TEXT NOT NULL, "school_id" VARCHAR(36) NOT NULL, "departure_id" VARCHAR(36) NOT NULL, "from_student_id" VARCHAR(36) NOT NULL, "from_school_code" VARCHAR(10) NOT NULL, "from_school_name" VARCHAR(60) NOT NULL, "student_name" VARCHAR(40) NOT NULL, "id_number" VARCHAR(20) NOT NULL, "reason" VARCHAR(20) NOT NULL, "left_on" DATE NOT NULL, "from_stage" VARCHAR(20) NOT NULL, "from_grade" INTEGER, "from_class" VARCHAR(20) NOT NULL, "to_stage" VARCHAR(20) NOT NULL, "to_grade" INTEGER, "offered_on" DATE NOT NULL, "withdrawn" INTEGER NOT NULL, "state" VARCHAR(12) NOT NULL, "decided_on" DATE, "decided_by" VARCHAR(40) NOT NULL, "note" VARCHAR(200) NOT NULL, "student_id" VARCHAR(36), FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT, FOREIGN KEY ("student_id") REFERENCES "student" ("id") ON DELETE RESTRICT);
CREATE INDEX "handover_updated_at" ON "handover" ("updated_at");
CREATE INDEX "handover_deleted" ON "handover" ("deleted");
CREATE INDEX "handover_school_id" ON "handover" ("school_id");
CREATE INDEX "handover_school_id_state" ON "handover" ("school_id", "state");
CREATE INDEX "handover_departure_id" ON "handover" ("departure_id");
CREATE TABLE "handover_item" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "stamps" TEXT NOT NULL, "handover_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(40) NOT NULL, "source_id" VARCHAR(36) NOT NULL, "day" DATE, "teacher_name" VARCHAR(40) NOT NULL, "content" TEXT NOT NULL, "school_text" TEXT NOT NULL, FOREIGN KEY ("handover_id") REFERENCES "handover" ("id") ON DELETE RESTRICT);
CREATE INDEX "handover_item_updated_at" ON "handover_item" ("updated_at");
CREATE INDEX "handover_item_deleted" ON "handover_item" ("deleted");
CREATE INDEX "handover_item_handover_id" ON "handover_item" ("handover_id")
