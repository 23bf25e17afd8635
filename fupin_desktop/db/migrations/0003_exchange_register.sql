-- The left-behind register as 民政 defines it, and the phones of the contact card
-- (issue 12): each parent's name, ID, birth date and work place, the child's health and
-- 户口, the guardianship type, the guardian's ID, income sources and assistance received;
-- the school's phone; the class a head teacher leads.
ALTER TABLE "left_behind_profile" ADD COLUMN "father_name" VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "father_id_number" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "father_birth_date" DATE;
ALTER TABLE "left_behind_profile" ADD COLUMN "father_work_place" VARCHAR(60) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "mother_name" VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "mother_id_number" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "mother_birth_date" DATE;
ALTER TABLE "left_behind_profile" ADD COLUMN "mother_work_place" VARCHAR(60) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "hukou" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "health" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "health_type" VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "health_level" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "guardian_id_number" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "guardianship_type" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "income_sources" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "assistance_received" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "school" ADD COLUMN "phone" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "teacher" ADD COLUMN "head_grade" INTEGER;
ALTER TABLE "teacher" ADD COLUMN "head_class" VARCHAR(20) NOT NULL DEFAULT '';
