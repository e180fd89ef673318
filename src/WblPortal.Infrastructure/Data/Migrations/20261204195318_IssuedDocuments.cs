using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssuedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "issued_document_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    issuer_organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_document_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_issued_document_files_issued_documents_issued_document_id",
                        column: x => x.issued_document_id,
                        principalTable: "issued_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issued_document_files_issued_document_id_language",
                table: "issued_document_files",
                columns: new[] { "issued_document_id", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_document_files_issuer_organization_id",
                table: "issued_document_files",
                column: "issuer_organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issued_document_files");
        }
    }
}
