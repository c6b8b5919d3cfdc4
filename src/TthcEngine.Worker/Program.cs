using Microsoft.Extensions.Hosting;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.National;

var builder = Host.CreateApplicationBuilder(args);
builder.AddTthcEngine(worker: true);
builder.AddTthcNational(worker: true);

using var host = builder.Build();
await host.PrepareTthcEngineAsync();
await host.RunAsync();
