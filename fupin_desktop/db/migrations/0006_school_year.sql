-- The school year (issue 11, docs/architecture.md "The school year"): assessments (认定)
-- per child and school year, departures (where a child who left went) and migrant children
-- studying elsewhere (控辍保学).
CREATE TABLE "assessment" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "student_id" VARCHAR(36) NOT NULL, "school_year" VARCHAR(9) NOT NULL, "level" VARCHAR(20) NOT NULL, "reasons" TEXT NOT NULL, "reason_text" VARCHAR(200) NOT NULL, "assessed_on" DATE, "review_date" DATE, "review_participants" VARCHAR(200) NOT NULL, "notice_start" DATE, "notice_end" DATE, "objection" INTEGER NOT NULL, "objection_settlement" VARCHAR(200) NOT NULL, "decision" VARCHAR(200) NOT NULL, FOREIGN KEY ("student_id") REFERENCES "student" ("id") ON DELETE RESTRICT);
CREATE INDEX "assessment_updated_at" ON "assessment" ("updated_at");
CREATE INDEX "assessment_deleted" ON "assessment" ("deleted");
CREATE INDEX "assessment_student_id" ON "assessment" ("student_id");
CREATE INDEX "assessment_student_id_school_year" ON "assessment" ("student_id", "school_year");
CREATE TABLE "departure" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "student_id" VARCHAR(36) NOT NULL, "left_on" DATE NOT NULL, "reason" VARCHAR(20) NOT NULL, "to_school_id" VARCHAR(36), "to_place" VARCHAR(100) NOT NULL, "confirmed_on" DATE, "follow_up_owner" VARCHAR(40) NOT NULL, "follow_up_date" DATE, "note" VARCHAR(200) NOT NULL, FOREIGN KEY ("student_id") REFERENCES "student" ("id") ON DELETE RESTRICT, FOREIGN KEY ("to_school_id") REFERENCES "school" ("id") ON DELETE RESTRICT);
CREATE INDEX "departure_updated_at" ON "departure" ("updated_at");
CREATE INDEX "departure_deleted" ON "departure" ("deleted");
CREATE INDEX "departure_student_id" ON "departure" ("student_id");
CREATE TABLE "migrant_child" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "school_id" VARCHAR(36) NOT NULL, "name" VARCHAR(40) NOT NULL, "id_number" VARCHAR(18) NOT NULL, "household" VARCHAR(100) NOT NULL, "studies_at" VARCHAR(100) NOT NULL, "place" VARCHAR(100) NOT NULL, "aid_confirmed" INTEGER, "follow_up_owner" VARCHAR(40) NOT NULL, "follow_up_date" DATE, "note" VARCHAR(200) NOT NULL, FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT);
CREATE INDEX "migrant_child_updated_at" ON "migrant_child" ("updated_at");
CREATE INDEX "migrant_child_deleted" ON "migrant_child" ("deleted");
CREATE INDEX "migrant_child_school_id" ON "migrant_child" ("school_id");
