using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class HotPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_placement_learners_employer_id",
                table: "placement_learners");

            migrationBuilder.DropIndex(
                name: "ix_placement_learners_learner_id",
                table: "placement_learners");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_employer_id_mentor_id",
                table: "placement_learners",
                columns: new[] { "employer_id", "mentor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_learner_id_mentor_id_employer_id",
                table: "placement_learners",
                columns: new[] { "learner_id", "mentor_id", "employer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_placement_id_mentor_id",
                table: "placement_learners",
                columns: new[] { "placement_id", "mentor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_placement_learner_id_status_week_start",
                table: "diary_entries",
                columns: new[] { "placement_learner_id", "status", "week_start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_placement_learners_employer_id_mentor_id",
                table: "placement_learners");

            migrationBuilder.DropIndex(
                name: "ix_placement_learners_learner_id_mentor_id_employer_id",
                table: "placement_learners");

            migrationBuilder.DropIndex(
                name: "ix_placement_learners_placement_id_mentor_id",
                table: "placement_learners");

            migrationBuilder.DropIndex(
                name: "ix_diary_entries_placement_learner_id_status_week_start",
                table: "diary_entries");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_employer_id",
                table: "placement_learners",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_learner_id",
                table: "placement_learners",
                column: "learner_id");
        }
    }
}
