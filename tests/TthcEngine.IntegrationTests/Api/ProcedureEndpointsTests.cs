using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TthcEngine.Domain;

namespace TthcEngine.IntegrationTests.Api;

public class ProcedureEndpointsTests(TthcApiFactory factory) : IClassFixture<TthcApiFactory>
{
    [Fact]
    public async Task List_ShippedProcedures_IncludesBirthRegistration()
    {
        var procedures = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/procedures");

        procedures!.Select(p => p.GetProperty("code").GetString()).Should().Contain("1.001193");
        procedures!.Length.Should().BeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public async Task Get_UnknownCode_NotFoundProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/procedures/0.000000");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("procedure.not-found");
    }

    [Fact]
    public void Start_WithAnInvalidProcedureFile_FailsListingTheError()
    {
        var folder = Directory.CreateTempSubdirectory("tthc-bad-procedures-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.000001.json"), """{ "code": "1.000001" }""");
            using var broken = factory.WithWebHostBuilder(b => b.UseSetting("Procedures:Folder", folder));

            var act = () => broken.CreateClient();

            act.Should().Throw<DomainRuleException>().Where(e => e.Code == "procedure.invalid" && e.Message.Contains("1.000001.json"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
