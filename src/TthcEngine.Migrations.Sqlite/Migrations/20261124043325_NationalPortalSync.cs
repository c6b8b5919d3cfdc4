using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NationalPortalSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "portal_sync_dossiers",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Inserted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcknowledgedStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    AcknowledgedHistory = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InDoubt = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_sync_dossiers", x => x.DossierId);
                });

            migrationBuilder.CreateTable(
                name: "portal_sync_items",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NationalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Activation = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StepDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusAcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_sync_items", x => new { x.DossierId, x.Sequence });
                });

            migrationBuilder.CreateIndex(
                name: "IX_portal_sync_dossiers_NextAttemptAt",
                table: "portal_sync_dossiers",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_portal_sync_items_AcknowledgedAt_DossierId",
                table: "portal_sync_items",
                columns: new[] { "AcknowledgedAt", "DossierId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_sync_dossiers");

            migrationBuilder.DropTable(
                name: "portal_sync_items");
        }
    }
}
