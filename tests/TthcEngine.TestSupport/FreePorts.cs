using System.Net;
using System.Net.Sockets;

namespace TthcEngine.TestSupport;

/// <summary>Free loopback ports, found by letting the kernel pick them.</summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        // All listeners are held until every port is known, so the ports are distinct.
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
