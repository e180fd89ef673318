using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "register_number",
                table: "issued_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "register_year",
                table: "issued_documents",
                type: "integer",
                nullable: true);

            // Codes created before the registers printed a fragment of the row id as the number. Those whose PDF was never
            // stored take register numbers in the order they were created; a stored PDF keeps the number it was issued
            // with (the record is fixed), so such rows stay outside the register.
            migrationBuilder.Sql("""
                WITH numbered AS (
                    SELECT d.id, EXTRACT(YEAR FROM d.date)::int AS year,
                           ROW_NUMBER() OVER (PARTITION BY d.issuer_organization_id, d.kind, EXTRACT(YEAR FROM d.date) ORDER BY d.created_at, d.id) AS n
                    FROM issued_documents d
                    WHERE d.kind IN ('TripartiteAgreement', 'AssessmentProtocol', 'LearnerCertificate') AND d.date IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM issued_document_files f WHERE f.issued_document_id = d.id))
                UPDATE issued_documents d
                SET register_year = numbered.year, register_number = numbered.n, number = numbered.n || '/' || numbered.year
                FROM numbered WHERE numbered.id = d.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_issuer_organization_id_kind_register_year_",
                table: "issued_documents",
                columns: new[] { "issuer_organization_id", "kind", "register_year", "register_number" },
                unique: true,
                filter: "register_number IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issued_documents_issuer_organization_id_kind_register_year_",
                table: "issued_documents");

            migrationBuilder.DropColumn(
                name: "register_number",
                table: "issued_documents");

            migrationBuilder.DropColumn(
                name: "register_year",
                table: "issued_documents");
        }
    }
}
