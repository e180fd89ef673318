using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentsWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "assessment_scale",
                table: "wbl_programmes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ThreeLevel");

            migrationBuilder.AddColumn<bool>(
                name: "uses_practice_grade",
                table: "wbl_programmes",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grade_required = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    curator_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    curator_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    curator_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    mentor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mentor_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    proposed_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    final_grade = table.Column<int>(type: "integer", nullable: true),
                    final_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    curator_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    curator_confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mentor_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    final_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    disagreement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.CheckConstraint("ck_assessments_grade", "final_grade IS NULL OR final_grade BETWEEN 2 AND 5");
                    table.ForeignKey(
                        name: "fk_assessments_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_college_id",
                table: "assessments",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_employer_id",
                table: "assessments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_learner_id",
                table: "assessments",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_mentor_id",
                table: "assessments",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_placement_id_learner_id",
                table: "assessments",
                columns: new[] { "placement_id", "learner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_placement_learner_id",
                table: "assessments",
                column: "placement_learner_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropColumn(
                name: "assessment_scale",
                table: "wbl_programmes");

            migrationBuilder.DropColumn(
                name: "uses_practice_grade",
                table: "wbl_programmes");
        }
    }
}
