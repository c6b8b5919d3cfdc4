using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcEngine.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PopulationLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "population_lookups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Officer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Agency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_population_lookups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_population_lookups_At",
                table: "population_lookups",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_population_lookups_IdNumberHash",
                table: "population_lookups",
                column: "IdNumberHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "population_lookups");
        }
    }
}
