using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssuedCopiesWithLearnerDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issued_document_files_issued_document_id_language",
                table: "issued_document_files");

            // Copies stored before this migration were printed without the learner's details: false is what they are.
            migrationBuilder.AddColumn<bool>(
                name: "with_personal_details",
                table: "issued_document_files",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_issued_document_files_issued_document_id_language_with_pers",
                table: "issued_document_files",
                columns: new[] { "issued_document_id", "language", "with_personal_details" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issued_document_files_issued_document_id_language_with_pers",
                table: "issued_document_files");

            migrationBuilder.DropColumn(
                name: "with_personal_details",
                table: "issued_document_files");

            migrationBuilder.CreateIndex(
                name: "ix_issued_document_files_issued_document_id_language",
                table: "issued_document_files",
                columns: new[] { "issued_document_id", "language" },
                unique: true);
        }
    }
}
