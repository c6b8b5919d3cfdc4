using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StepId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
