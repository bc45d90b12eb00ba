#pragma once

// Internal to lib/lexicon: the text of the lists under resources/lexicon/, compiled in.

#include <QByteArrayView>
#include <QStringView>

namespace parallax::lexicon {

// The UTF-8 text of resources/lexicon/<name>.txt ("months", "verbs"), or empty for an unknown name.
QByteArrayView embeddedList(QStringView name);

} // namespace parallax::lexicon
