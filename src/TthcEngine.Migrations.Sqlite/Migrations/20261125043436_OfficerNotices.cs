using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficerNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "officer_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officer_notices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_officer_notices_Recipient_At",
                table: "officer_notices",
                columns: new[] { "Recipient", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_officer_notices_Recipient_ReadAt",
                table: "officer_notices",
                columns: new[] { "Recipient", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "officer_notices");
        }
    }
}
