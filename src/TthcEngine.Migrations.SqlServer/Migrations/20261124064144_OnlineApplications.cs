using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OnlineApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "online_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PinHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProcedureVersion = table.Column<int>(type: "int", nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    applicant_name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    applicant_id_number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    applicant_phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    applicant_email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    applicant_address = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Papers = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DossierPin = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_online_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_online_applications_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_online_applications_Agency_State_SubmittedAt",
                table: "online_applications",
                columns: new[] { "Agency", "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_online_applications_DossierId",
                table: "online_applications",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_online_applications_Reference",
                table: "online_applications",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "online_applications");
        }
    }
}
