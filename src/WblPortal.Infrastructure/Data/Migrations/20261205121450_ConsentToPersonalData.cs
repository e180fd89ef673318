using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentToPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personal_data_consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    given_by = table.Column<int>(type: "integer", nullable: false),
                    representative_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    text_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    on_paper = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    withdrawn_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_personal_data_consents_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_personal_data_consents_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_consents_college_id",
                table: "personal_data_consents",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_consents_learner_id_purpose_recorded_at",
                table: "personal_data_consents",
                columns: new[] { "learner_id", "purpose", "recorded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personal_data_consents");
        }
    }
}
