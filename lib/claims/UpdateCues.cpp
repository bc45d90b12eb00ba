#include "claims/UpdateCues.h"

#include "lexicon/Verbs.h"

namespace parallax::claims {
bool marksRevision(const SentenceWords& w, int first, int last) {
    // Before the number: "<verb> [up|down] to|at [a hedge] N", within its clause and four words.
    for (int i = first - 1, steps = 0; i >= 0 && steps < 5; --i, ++steps) {
        if (w.breakBefore(i + 1) && i + 1 <= first - 1)
            break;
        const QString& k = w.key(i);
        if ((k == u"to" || k == u"at") && i > 0) {
            int v = i - 1;
            if (v > 0 && (w.key(v) == u"up" || w.key(v) == u"down"))
                --v;
            if (lexicon::isChangeVerb(w.key(v)))
                return true;
        }
    }
    // "N, up from M": the older value is M; mark it so that the article may hold both.
    for (int i = first - 1; i >= 1 && i >= first - 2; --i)
        if ((w.key(i - 1) == u"up" || w.key(i - 1) == u"down") && w.key(i) == u"from")
            return true;
    // "from M to N" after a change verb: M is the older value.
    if (last + 1 < w.size() && w.key(last + 1) == u"to" && first >= 2 && w.key(first - 1) == u"from" &&
        lexicon::isChangeVerb(w.key(first - 2)))
        return true;
    return false;
}

} // namespace parallax::claims
