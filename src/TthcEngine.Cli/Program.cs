using TthcEngine.Cli;

return TthcCommand.Run(args, Path.Combine(AppContext.BaseDirectory, "calendars"));
