using MassTransit;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.OnTime;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>The engine's own consumers, the same in the API process and in worker processes.</summary>
public static class ConsumerRegistration
{
    /// <param name="portalSync">Queue the events the national public service portal is told about (when it is configured).</param>
    /// <param name="notices">Queue the applicants' notices of what happened to their dossiers (when the gateway is configured).</param>
    public static IBusRegistrationConfigurator AddTthcConsumers(this IBusRegistrationConfigurator bus, bool portalSync = false, bool notices = false)
    {
        bus.AddConsumer<OnTimeProjectionConsumer, OnTimeProjectionConsumerDefinition>();
        bus.AddConsumer<OfficerNoticeConsumer, OfficerNoticeConsumerDefinition>();
        if (portalSync)
        {
            bus.AddConsumer<PortalSyncConsumer, PortalSyncConsumerDefinition>();
        }

        if (notices)
        {
            bus.AddConsumer<ApplicantNoticeConsumer, ApplicantNoticeConsumerDefinition>();
        }

        return bus;
    }
}
