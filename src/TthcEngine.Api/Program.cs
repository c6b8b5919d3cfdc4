using Swashbuckle.AspNetCore.SwaggerUI;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Pages;
using TthcEngine.Api.Security;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.National;

var builder = WebApplication.CreateBuilder(args);

builder.AddTthcEngine();
builder.AddTthcNational();
builder.AddTthcAccounts();
builder.Services.AddMemoryCache();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new VietnamTimeJsonConverter()));
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Complete);
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.AddSingleton<DossierAccess>();
builder.Services.AddScoped<DossierCommands>();
builder.Services.AddScoped<Idempotency>();
builder.Services.AddScoped<TthcEngine.Infrastructure.Dossiers.PinGuesses>();
builder.Services.AddSingleton<PublicUploadCleaner>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<PublicUploadCleaner>());
builder.Services.AddRazorPages();

// Vietnamese text is written as itself, not as &#x…; entities (the pages stay small); markup characters are still encoded.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseAuthentication();
app.UseTokenRevocation();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi("/openapi/{documentName}.json");
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "docs";
    o.SwaggerEndpoint("/openapi/v1.json", "TthcEngine API v1");
    o.DocumentTitle = "TthcEngine API";
    o.DocExpansion(DocExpansion.List);
});
app.MapHealthEndpoints();
app.MapWorkingTimeEndpoints();
app.MapProcedureEndpoints();
app.MapAuthEndpoints();
app.MapOfficerEndpoints();
app.MapDeskEndpoints();
app.MapDossierEndpoints();
app.MapAssignmentEndpoints();
app.MapOfficerNoticeEndpoints();
app.MapDossierSearchEndpoints();
app.MapDossierFileEndpoints();
app.MapNoticeEndpoints();
app.MapGreenLaneEndpoints();
app.MapSupervisorEndpoints();
app.MapPublicEndpoints();
app.MapPaymentEndpoints();
app.MapFormEndpoints();
app.MapPopulationEndpoints();
app.MapOnlineApplicationEndpoints();
app.MapHomePage();
app.MapRazorPages();

await app.PrepareTthcEngineAsync(app.Lifetime.ApplicationStopping);
await AccountBootstrap.EnsureAsync(app.Services, app.Configuration, app.Logger);
if (app.Configuration.GetValue<bool?>("Demo:Seed") ?? EngineHosting.IsEmbeddedDefault(app.Configuration))
{
    await DemoAccounts.SeedAsync(app.Services, app.Lifetime.ApplicationStopping);
}

await app.RunAsync();

/// <summary>The API host; public so the integration tests can start it.</summary>
public partial class Program;
