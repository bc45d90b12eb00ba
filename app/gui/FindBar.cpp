#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace parallax::gui {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , edit_(new QLineEdit)
    , count_(new QLabel)
    , elsewhere_(new QLabel) {
    edit_->setPlaceholderText(tr("Find in all articles"));
    edit_->setClearButtonEnabled(true);
    auto* previousButton = new QToolButton;
    previousButton->setText(tr("Previous"));
    previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    auto* nextButton = new QToolButton;
    nextButton->setText(tr("Next"));
    nextButton->setToolTip(tr("Next match (F3)"));
    auto* closeButton = new QToolButton;
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(new QLabel(tr("Find:")));
    layout->addWidget(edit_, 1);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(count_);
    layout->addWidget(elsewhere_);
    layout->addWidget(closeButton);
    elsewhere_->hide();
    connect(elsewhere_, &QLabel::linkActivated, this, &FindBar::showHiddenMatches);
    connect(edit_, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(edit_, &QLineEdit::returnPressed, this, &FindBar::next);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::previous);
    connect(closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

void FindBar::activate() {
    show();
    edit_->setFocus();
    edit_->selectAll();
}

void FindBar::setText(const QString& text) {
    edit_->setText(text);
}

QString FindBar::text() const {
    return edit_->text();
}

void FindBar::setHitInfo(int current, int total) {
    if (edit_->text().isEmpty())
        count_->clear();
    else if (total == 0)
        count_->setText(tr("no match"));
    else
        count_->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

void FindBar::setHiddenMatches(int matches, int articles) {
    elsewhere_->setVisible(matches > 0 && !edit_->text().isEmpty());
    if (matches <= 0)
        return;
    elsewhere_->setText(tr("· %1 more in %2 hidden %3 (<a href=\"#show\">show</a>)")
                            .arg(matches)
                            .arg(articles)
                            .arg(articles == 1 ? tr("article") : tr("articles")));
}

QString FindBar::hiddenMatchesText() const {
    return elsewhere_->isHidden() ? QString() : elsewhere_->text();
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ShiftModifier) {
        Q_EMIT previous();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace parallax::gui
