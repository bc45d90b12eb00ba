#include "verdicts/VerdictSession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace parallax {
namespace {

constexpr int sessionVersion = 1;

QJsonObject verdictJson(const Verdict& v) {
    QJsonObject o;
    o[u"target"] = verdictTargetName(v.target);
    o[u"status"] = verdictStatusName(v.status);
    o[u"note"] = v.note;
    if (v.changed.isValid())
        o[u"changed"] = v.changed.toUTC().toString(Qt::ISODate);
    if (v.target == VerdictTarget::Claim) {
        o[u"label"] = v.claim.label;
        o[u"values"] = QJsonArray::fromStringList(v.claim.values);
        o[u"sentences"] = QJsonArray::fromStringList(v.claim.sentences);
    } else {
        o[u"a"] = v.pair.a;
        o[u"b"] = v.pair.b;
        o[u"title_a"] = v.pair.titleA;
        o[u"title_b"] = v.pair.titleB;
    }
    return o;
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QJsonObject sessionToJson(const VerdictSession& session) {
    QJsonArray verdicts;
    for (const Verdict& v : session.verdicts)
        verdicts.append(verdictJson(v));
    return QJsonObject{{u"format"_qs, QStringLiteral("parallax-session")},
                       {u"version"_qs, sessionVersion},
                       {u"folder"_qs, session.folder},
                       {u"verdicts"_qs, verdicts}};
}

VerdictSession sessionFromJson(const QJsonObject& json, QString* error) {
    VerdictSession session;
    if (json.value(u"format").toString() != u"parallax-session") {
        if (error)
            *error = QStringLiteral("not a Parallax session file");
        return session;
    }
    session.folder = json.value(u"folder").toString();
    for (const QJsonValue& value : json.value(u"verdicts").toArray()) {
        const QJsonObject o = value.toObject();
        const auto target = verdictTargetFromName(o.value(u"target").toString());
        const auto status = verdictStatusFromName(o.value(u"status").toString());
        if (!target || !status)
            continue;
        Verdict v;
        v.target = *target;
        v.status = *status;
        v.note = o.value(u"note").toString();
        v.changed = QDateTime::fromString(o.value(u"changed").toString(), Qt::ISODate);
        if (v.target == VerdictTarget::Claim) {
            v.claim = {o.value(u"label").toString(), strings(o.value(u"values")),
                       strings(o.value(u"sentences"))};
        } else {
            v.pair = {o.value(u"a").toString(), o.value(u"b").toString(), o.value(u"title_a").toString(),
                      o.value(u"title_b").toString()};
        }
        session.verdicts.push_back(std::move(v));
    }
    return session;
}

VerdictSession loadSession(const QString& path, QString* error) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, parseError.errorString());
        return {};
    }
    QString formatError;
    VerdictSession session = sessionFromJson(doc.object(), &formatError);
    if (!formatError.isEmpty() && error)
        *error = QStringLiteral("cannot read %1: %2").arg(path, formatError);
    return session;
}

namespace {

// A save killed between QSaveFile naming its temporary file and renaming it over the session
// leaves "session.json.XXXXXX" behind (Qt names it so where the file system has no unnamed
// temporary files, and for an instant before the rename where it has). Only leftovers older than
// a minute go: a younger one may be another window's save still in flight.
void removeLeftoversOfKilledSaves(const QFileInfo& session) {
    constexpr qint64 kInFlightSeconds = 60;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString prefix = session.fileName() + u'.';
    const QFileInfoList siblings =
        QDir(session.absolutePath())
            .entryInfoList({prefix + QStringLiteral("??????")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& leftover : siblings)
        if (leftover.lastModified().toUTC().secsTo(now) > kInFlightSeconds)
            QFile::remove(leftover.absoluteFilePath());
}

} // namespace

QString saveSession(const QString& path, const VerdictSession& session,
                    const BeforeCommitHook& beforeCommit) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
    // QSaveFile writes a temporary file beside the target and renames it over the target on
    // commit(): the rename is atomic, so a reader (or the next start) sees the old session or the
    // new one, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(sessionToJson(session)).toJson(QJsonDocument::Indented));
    if (beforeCommit)
        beforeCommit();
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    removeLeftoversOfKilledSaves(info);
    return {};
}

} // namespace parallax
