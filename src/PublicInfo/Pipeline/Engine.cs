using System.Diagnostics;

namespace PublicInfo.Pipeline;

/// <summary>Runs pipelines as soon as their dependencies are done, independent ones in parallel.</summary>
public static class Engine
{
    /// <summary>Runs every pipeline; returns all documents (in pipeline declaration order) and per-pipeline timings.</summary>
    public static (IReadOnlyList<Document> Documents, IReadOnlyList<PipelineTiming> Timings) Run(
        IReadOnlyList<Pipeline> pipelines, BuildContext context)
    {
        CheckDependencies(pipelines);
        var tasks = new Dictionary<string, Task<PipelineTiming>>(StringComparer.Ordinal);
        // Created in dependency order, so every task a pipeline waits for already exists.
        foreach (var pipeline in TopologicalOrder(pipelines))
        {
            var dependencies = pipeline.DependsOn.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.WhenAll(dependencies).ContinueWith(done =>
            {
                done.GetAwaiter().GetResult(); // rethrows a dependency's failure instead of running on partial input
                var clock = Stopwatch.StartNew();
                var documents = pipeline.Execute(context);
                // Written while other pipelines still run: the disk works while the processors render. Once written,
                // only paths and sizes stay in memory.
                if (context.Output is not null)
                {
                    context.Output.WriteAll(documents);
                    documents = documents.Select(d => d.IsWritten ? d : d.AsWritten()).ToList();
                }
                context.Complete(pipeline.Name, documents);
                return new PipelineTiming(pipeline.Name, clock.Elapsed, documents.Count);
            }, context.CancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        try
        {
            Task.WaitAll(tasks.Values.ToArray<Task>());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            throw e.Flatten().InnerExceptions[0];
        }
        var timings = pipelines.Select(p => tasks[p.Name].Result).ToList();
        var documents = pipelines.SelectMany(p => context.OutputsOf(p.Name)).ToList();
        return (documents, timings);
    }

    private static void CheckDependencies(IReadOnlyList<Pipeline> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
            if (!names.Add(pipeline.Name)) throw new InvalidOperationException($"two pipelines are named '{pipeline.Name}'");
        foreach (var pipeline in pipelines)
            foreach (var dependency in pipeline.DependsOn)
                if (!names.Contains(dependency))
                    throw new InvalidOperationException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
    }

    private static IEnumerable<Pipeline> TopologicalOrder(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Pipeline>();
        void Visit(Pipeline pipeline)
        {
            if (done.Contains(pipeline.Name)) return;
            if (!visiting.Add(pipeline.Name))
                throw new InvalidOperationException($"pipelines depend on each other in a cycle through '{pipeline.Name}'");
            foreach (var dependency in pipeline.DependsOn) Visit(byName[dependency]);
            visiting.Remove(pipeline.Name);
            done.Add(pipeline.Name);
            order.Add(pipeline);
        }
        foreach (var pipeline in pipelines) Visit(pipeline);
        return order;
    }
}
