using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Pages;
using TthcEngine.Infrastructure.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddTthcEngine();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainRuleExceptionHandler>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapWorkingTimeEndpoints();
app.MapProcedureEndpoints();
app.MapHomePage();

await app.PrepareTthcEngineAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>The API host; public so the integration tests can start it.</summary>
public partial class Program;
