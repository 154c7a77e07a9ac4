using PublicInfo.Pipeline;
using PublicInfo.Rendering;
using PublicInfo.Transparency;

namespace PublicInfo.Build;

/// <summary>The publication log as the site serves it: a copy of site/log, each version's record and its inclusion proof.</summary>
public static class LogDocuments
{
    public static IReadOnlyList<Document> Create(PublicationLog log, PublicationHistory history)
    {
        if (log.Size == 0) return [];
        var documents = new List<Document>();
        foreach (var file in Directory.EnumerateFiles(log.Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(log.Directory, file).Replace('\\', '/');
            if (relative.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            documents.Add(new Document($"{LogVerifier.LogFolder}/{relative}", File.ReadAllBytes(file)));
        }
        if (history.PublicKey is { } key) documents.Add(Document.FromText($"{LogVerifier.LogFolder}/public-key.txt", key + "\n"));
        var cache = log.NewProofCache();
        foreach (var version in history.Versions)
        {
            documents.Add(new Document(version.RecordUrl.TrimStart('/'), log.Entries[(int)version.LogIndex]));
            documents.Add(Document.FromText(version.ProofUrl.TrimStart('/'), log.Proof(version.LogIndex, cache).ToText()));
        }
        return documents;
    }
}
