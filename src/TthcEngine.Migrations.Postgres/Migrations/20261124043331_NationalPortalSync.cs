using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.Postgres.Migrations
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
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Inserted = table.Column<bool>(type: "boolean", nullable: false),
                    AcknowledgedStatus = table.Column<int>(type: "integer", nullable: true),
                    AcknowledgedHistory = table.Column<int>(type: "integer", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InDoubt = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_sync_dossiers", x => x.DossierId);
                });

            migrationBuilder.CreateTable(
                name: "portal_sync_items",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NationalStatus = table.Column<int>(type: "integer", nullable: false),
                    DossierDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StepId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Activation = table.Column<int>(type: "integer", nullable: true),
                    Unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Officer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    StepDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusAcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
