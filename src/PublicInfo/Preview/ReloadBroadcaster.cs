namespace PublicInfo.Preview;

/// <summary>Tells every open browser tab that a new build is ready; tabs wait on <see cref="NextAsync"/>.</summary>
public sealed class ReloadBroadcaster
{
    private TaskCompletionSource<long> _next = NewSource();
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Completes when the build after <paramref name="seen"/> is ready.</summary>
    public Task<long> NextAsync(long seen)
    {
        var pending = Volatile.Read(ref _next);
        return Generation > seen ? Task.FromResult(Generation) : pending.Task;
    }

    public void Publish()
    {
        var generation = Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult(generation);
    }

    private static TaskCompletionSource<long> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
