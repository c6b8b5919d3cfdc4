using Microsoft.Extensions.Hosting;
using TthcEngine.Infrastructure.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddTthcEngine(worker: true);

using var host = builder.Build();
await host.PrepareTthcEngineAsync();
await host.RunAsync();
