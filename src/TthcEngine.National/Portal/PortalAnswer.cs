using System.Globalization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Portal;

/// <summary>An answered call: its meaning, and the portal's own code and message (kept for the sync's last error).</summary>
public sealed record PortalAnswer(PortalAnswerKind Kind, string ErrorCode, string Message)
{
    public static PortalAnswer From(string errorCode, string? message)
    {
        var code = errorCode.Trim();
        var text = message ?? "";
        var kind = int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number == 0
            ? PortalAnswerKind.Accepted
            : code is "3" or "-3" || text.Contains("đã tồn tại", StringComparison.OrdinalIgnoreCase)
                ? PortalAnswerKind.AlreadyExists
                : PortalAnswerKind.Refused;
        return new PortalAnswer(kind, code, text);
    }

    internal static PortalAnswer From(PortalReply reply) => From(reply.ErrorCode ?? "", reply.Message);
}
