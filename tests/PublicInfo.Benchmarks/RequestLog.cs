namespace PublicInfo.Benchmarks;

/// <summary>The requests an origin served, recorded from whichever thread served them.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<ServedRequest> _requests = [];

    public void Add(ServedRequest request)
    {
        lock (_gate) _requests.Add(request);
    }

    /// <summary>The requests since the last call, and forgets them.</summary>
    public IReadOnlyList<ServedRequest> Take()
    {
        lock (_gate)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }
}
