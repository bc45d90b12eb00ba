#include "AnalyzeCommand.h"

#include "CliContext.h"
#include "CommandAnalysis.h"
#include "CommandSession.h"
#include "ReplacedFile.h"
#include "UnsyncedSaveFile.h"

#include "analysis/AnalysisJson.h"
#include "analysis/AnalysisJsonWriter.h"
#include "analysis/DisplayNames.h"
#include "analysis/Families.h"
#include "analysis/Pipeline.h"
#include "claims/ClaimStatus.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <future>
#include <map>

namespace parallax::cli {
namespace {

struct AnalyzeRequest {
    QString folder;
    QString jsonTarget; // "-" for stdout, empty for none
    // Compact unless --indent: a one-story folder of 1,000 articles writes 0.96 GB compact, 4.3 GB
    // indented, and the indentation was most of the time spent writing it.
    JsonStyle jsonStyle = JsonStyle::Compact;
    PipelineOptions pipeline;
    JsonOptions json;
    QString sessionFile; // --verdicts: verdicts from this file instead of the folder's own session
};

// A summary is read by a person: past this many articles, pairs or conflicts it says how many more
// there are (the JSON has them all) instead of scrolling twenty thousand lines past the reader.
constexpr qsizetype summaryListLimit = 40;

void printMore(QTextStream& s, qsizetype shown, qsizetype total, const char* what) {
    if (total > shown)
        s << "  ... and " << (total - shown) << " more " << what
          << " (all of them are in the JSON: --json)\n";
}

// Each article's value, or for a fact told by many articles each value with how many articles
// give it, commonest first: a story carried by 5,000 outlets would print a line of 5,000 values.
void printVariants(QTextStream& s, const Claim& claim, const std::vector<Document>& docs) {
    auto written = [](const ClaimVariant& v) {
        return v.mention.qualifierText.isEmpty() ? v.mention.text
                                                 : v.mention.qualifierText + u' ' + v.mention.text;
    };
    constexpr size_t kListedVariants = 12;
    constexpr qsizetype kListedValues = 8;
    if (claim.variants.size() <= kListedVariants) {
        for (const ClaimVariant& v : claim.variants)
            s << "  " << oneLine(docs[size_t(v.doc)].id) << " " << written(v);
        return;
    }
    QHash<QString, QSet<int>> articlesOf;
    QStringList order;
    for (const ClaimVariant& v : claim.variants) {
        const QString value = oneLine(written(v));
        if (!articlesOf.contains(value))
            order << value;
        articlesOf[value].insert(v.doc);
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return articlesOf[a].size() > articlesOf[b].size();
    });
    for (qsizetype i = 0; i < order.size() && i < kListedValues; ++i) {
        const qsizetype n = articlesOf[order[i]].size();
        s << "  " << order[i] << " (" << n << (n == 1 ? " article)" : " articles)");
    }
    if (order.size() > kListedValues)
        s << "  and " << order.size() - kListedValues << " more values";
}

void printSummary(QTextStream& s, const Analysis& analysis) {
    const Corpus& corpus = analysis.corpus;
    s << "Read " << corpus.documents.size() << (corpus.documents.size() == 1 ? " article" : " articles")
      << " from " << corpus.folder;
    if (!corpus.skipped.empty())
        s << " (" << corpus.skipped.size() << " skipped)";
    s << "\n";
    const auto& docs = corpus.documents;
    const qsizetype listedDocs = std::min(qsizetype(docs.size()), summaryListLimit);
    for (qsizetype i = 0; i < listedDocs; ++i) {
        const Document& d = docs[size_t(i)];
        const QString source = !d.source.isEmpty()        ? d.source
                               : !d.attribution.isEmpty() ? QStringLiteral("via %1").arg(d.attribution)
                                                          : QStringLiteral("-");
        s << "  " << oneLine(d.id) << "  " << source << "  "
          << (d.date.isEmpty() ? QStringLiteral("-") : d.date) << "  " << d.wordCount() << " words, "
          << d.sentences.size() << " sentences"
          << (d.boilerplate.empty() ? QString()
                                    : QStringLiteral(", %1 boilerplate").arg(d.boilerplate.size()))
          << "\n    " << d.title << "\n";
    }
    printMore(s, listedDocs, qsizetype(docs.size()), "articles");

    // Families first: "one story reprinted by 312 outlets" is the first thing a reader wants to know.
    const std::vector<ReprintFamily> families = findFamilies(docs, analysis.reuse);
    if (!families.empty())
        s << "Families of reprints:\n";
    for (size_t i = 0; i < families.size() && i < size_t(summaryListLimit); ++i) {
        const ReprintFamily& f = families[i];
        const int copies = int(f.members.size()) - 1;
        s << "  f" << (i + 1) << "  " << oneLine(displayName(docs[size_t(f.representative)])) << " ("
          << oneLine(docs[size_t(f.representative)].id) << ")" << (f.original >= 0 ? ", the original," : "")
          << " reprinted by " << copies << (copies == 1 ? " article" : " articles");
        if (f.edited > 0)
            s << ", " << f.edited << " with edits";
        s << "\n";
    }
    printMore(s, std::min(qsizetype(families.size()), summaryListLimit), qsizetype(families.size()),
              "families");

    const auto& pairs = analysis.reuse.pairs;
    if (!pairs.empty()) {
        std::map<Relation, int> byRelation;
        for (const DocumentPair& p : pairs)
            ++byRelation[p.relation];
        s << "Related pairs:";
        for (const auto& [relation, count] : byRelation)
            s << "  " << count << " " << relationName(relation);
        s << "\n";
    }
    // Reuse first: past the limit, the reprints and shared sources are what a reader came for.
    std::vector<const DocumentPair*> listed;
    for (const DocumentPair& p : pairs)
        listed.push_back(&p);
    std::stable_sort(listed.begin(), listed.end(), [](const DocumentPair* x, const DocumentPair* y) {
        return int(x->relation) < int(y->relation);
    });
    listed.resize(std::min(listed.size(), size_t(summaryListLimit)));
    for (const DocumentPair* p : listed) {
        s << "  " << oneLine(docs[size_t(p->a)].id) << " ~ " << oneLine(docs[size_t(p->b)].id) << "  "
          << relationName(p->relation);
        if (p->original >= 0)
            s << " (original: " << oneLine(docs[size_t(p->original)].id) << ")";
        s << ", " << p->sharedSentences
          << (p->sharedSentences == 1 ? " shared sentence\n" : " shared sentences\n");
    }
    printMore(s, qsizetype(listed.size()), qsizetype(pairs.size()), "pairs");

    qsizetype conflicts = 0;
    for (const Claim& claim : analysis.claims) {
        // Possible conflicts (low confidence) are in the JSON, not in this summary.
        if (!isFirmDisagreement(claim))
            continue;
        if (conflicts++ == 0)
            s << "Numbers that disagree:\n";
        if (conflicts > summaryListLimit)
            continue;
        s << "  " << claim.label << (claim.status == ClaimStatus::Updated ? " (updated over time)" : "")
          << ":";
        printVariants(s, claim, docs);
        s << "\n";
    }
    printMore(s, std::min(conflicts, summaryListLimit), conflicts, "numbers that disagree");
    s.flush();
}

QString summaryText(const Analysis& analysis) {
    QString text;
    QTextStream s(&text);
    printSummary(s, analysis);
    return text;
}

// Streamed (AnalysisJsonWriter): a folder of one story in a thousand outlets makes gigabytes of JSON,
// which as a QJsonDocument tree would need several times that in memory. `whileCommitting` runs
// once the file's text is written, before commit() renames it over the target (UnsyncedSaveFile).
bool writeJson(CliContext& context, const Analysis& analysis, const AnalyzeRequest& request,
               const std::function<void()>& whileCommitting) {
    if (request.jsonTarget == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !writeAnalysisJson(out, analysis, request.json, request.jsonStyle)) {
            context.error(QStringLiteral("cannot write JSON to standard output: %1").arg(out.errorString()));
            return false;
        }
        return out.flush();
    }
    UnsyncedSaveFile file(request.jsonTarget);
    const bool written =
        file.open() && writeAnalysisJson(file.device(), analysis, request.json, request.jsonStyle);
    if (written)
        whileCommitting();
    if (!written || !file.commit()) {
        context.error(
            QStringLiteral("%1: cannot write JSON: %2").arg(request.jsonTarget, file.errorString()));
        return false;
    }
    return true;
}

// The articles are the user's evidence: never let an output path land on one of them.
bool overwritesAnArticle(const Analysis& analysis, const QString& target) {
    const QString canonical = QFileInfo(target).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    for (const Document& d : analysis.corpus.documents)
        if (QFileInfo(d.path).canonicalFilePath() == canonical)
            return true;
    return false;
}

} // namespace

QString analyzeHelp() {
    return QStringLiteral(
        "Usage: parallax-cli analyze FOLDER [options]\n"
        "Reads the articles in FOLDER (.txt, .md, .html) and analyses them.\n\n"
        "Options:\n"
        "  --json FILE|-          write the analysis as JSON to FILE, or to stdout with -\n"
        "  --indent               indent the JSON for reading (default: compact, one line)\n"
        "  --recursive            read subfolders too\n"
        "  --max-file-size MB     skip files larger than MB megabytes (default 20)\n"
        "  --verdicts FILE        the verdicts and notes to put in the JSON (default: the ones\n"
        "                         saved for FOLDER by the window, if any)\n"
        "  --only STAGE           run only what STAGE needs and leave all text out of the JSON:\n"
        "                         'documents' (read the articles) or 'pairs' (also decide\n"
        "                         which articles reuse which, without sentence matches)\n");
}

int runAnalyze(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(QStringLiteral("json"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption recursive(QStringLiteral("recursive"));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"), QString(), QStringLiteral("MB"));
    const QCommandLineOption only(QStringLiteral("only"), QString(), QStringLiteral("STAGE"));
    const QCommandLineOption verdictsFile(QStringLiteral("verdicts"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption indent(QStringLiteral("indent"));
    parser.addOptions({json, recursive, maxSize, only, verdictsFile, indent});
    if (!parser.parse(QStringList{QStringLiteral("parallax-cli analyze")} + arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
            positional.isEmpty()
                ? QStringLiteral("analyze: missing FOLDER")
                : QStringLiteral("analyze: expected one FOLDER, got %1").arg(positional.size()));
    AnalyzeRequest request;
    request.folder = positional.front();
    request.jsonTarget = parser.value(json);
    request.sessionFile = parser.value(verdictsFile);
    if (parser.isSet(indent))
        request.jsonStyle = JsonStyle::Indented;
    request.pipeline.load.recursive = parser.isSet(recursive);
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double mb = parser.value(maxSize).toDouble(&ok);
        if (!ok || mb <= 0)
            return context.usageError(
                QStringLiteral("analyze: --max-file-size wants a positive number of MB"));
        request.pipeline.load.maxFileBytes = qint64(mb * 1024 * 1024);
    }
    if (parser.isSet(only)) {
        const QString stage = parser.value(only);
        if (stage == u"documents")
            request.pipeline.scope = PipelineScope::Documents;
        else if (stage == u"pairs")
            request.pipeline.scope = PipelineScope::Pairs;
        else
            return context.usageError(
                QStringLiteral("analyze: unknown stage for --only: %1 (documents or pairs)").arg(stage));
        request.json.includeText = false;
    }

    bool sessionFailed = false;
    const auto verdicts = sessionForCommand(context, request.folder, request.sessionFile, sessionFailed);
    if (sessionFailed)
        return UsageError;
    request.json.verdicts = verdicts.get();

    ExitCode failed = Done;
    const Analysis* loaded = analyseForCommand(context, request.folder, request.pipeline, failed);
    if (!loaded)
        return failed;
    const Analysis& analysis = *loaded;
    if (!request.jsonTarget.isEmpty() && request.jsonTarget != u"-" &&
        overwritesAnArticle(analysis, request.jsonTarget)) {
        context.error(QStringLiteral("%1: refusing to overwrite an article with the JSON output")
                          .arg(request.jsonTarget));
        return UsageError;
    }
    // The summary is made while commit() closes the JSON file and renames it over the old one (0.3 s
    // for the 1 GB of JSON of a one-story folder of 1,000 articles: the rename frees the old file),
    // on another thread: making it takes 0.1 s there (sorting half a million pairs, finding the
    // families). It is printed only once the JSON is in place, as before.
    // The same thread drops the cached pages of the JSON file being replaced (ReplacedFile.h).
    std::future<QString> summary;
    auto startSummary = [&] {
        summary = std::async(std::launch::async, [&analysis, &request] {
            dropCachedPages(request.jsonTarget);
            return summaryText(analysis);
        });
    };
    if (!request.jsonTarget.isEmpty() && !writeJson(context, analysis, request, startSummary))
        return InternalError;
    if (request.jsonTarget == u"-") {
        QTextStream err(stderr);
        printSummary(err, analysis);
    } else if (summary.valid()) {
        context.out() << summary.get();
        context.out().flush();
    } else {
        printSummary(context.out(), analysis);
    }
    return Done;
}

} // namespace parallax::cli
