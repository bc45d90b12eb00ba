#include "lexicon/Verbs.h"

#include "lexicon/LexiconFile.h"

#include <QHash>
#include <QSet>

namespace parallax::lexicon {
namespace {

// Keys and values are views into the parsed lists, which live as long as the program.
struct VerbForms {
    QHash<QStringView, QStringView> participleOf;
    QSet<QStringView> nounLike;
};

const VerbForms& verbForms() {
    static const VerbForms forms = [] {
        VerbForms f;
        for (const LexiconEntry& e : lexiconEntries(u"verbs")) {
            for (const QString& item : e.items) {
                QStringView form(item);
                if (form.endsWith(u'*')) {
                    form.chop(1);
                    f.nounLike.insert(form);
                }
                f.participleOf.insert(form, e.head);
            }
        }
        return f;
    }();
    return forms;
}

const QHash<QStringView, QStringView>& classOfMember() {
    static const QHash<QStringView, QStringView> classes = [] {
        QHash<QStringView, QStringView> h;
        for (const LexiconEntry& e : lexiconEntries(u"verb-classes")) {
            h.insert(e.head, e.head);
            for (const QString& member : e.items)
                h.insert(member, e.head);
        }
        return h;
    }();
    return classes;
}

} // namespace

bool isChangeVerb(QStringView lowerForm) {
    static const QSet<QStringView> verbs = [] {
        QSet<QStringView> s;
        for (const LexiconEntry& e : lexiconEntries(u"change-verbs"))
            s.insert(e.head);
        return s;
    }();
    return verbs.contains(lowerForm);
}

QStringView verbParticiple(QStringView lowerForm) {
    return verbForms().participleOf.value(lowerForm);
}

bool isNounLikeForm(QStringView lowerForm) {
    return verbForms().nounLike.contains(lowerForm);
}

QStringView verbClass(QStringView lowerWord) {
    const auto& classes = classOfMember();
    if (const auto it = classes.constFind(lowerWord); it != classes.constEnd())
        return *it;
    if (isNounLikeForm(lowerWord))
        return {};
    const QStringView participle = verbParticiple(lowerWord);
    return participle.isEmpty() ? QStringView() : classes.value(participle);
}

bool isPeopleVerb(QStringView participleOrClass) {
    static const QSet<QStringView> verbs = [] {
        QSet<QStringView> s;
        for (const LexiconEntry& e : lexiconEntries(u"people-verbs"))
            s.insert(e.head);
        return s;
    }();
    return verbs.contains(participleOrClass);
}

} // namespace parallax::lexicon
