#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <memory>

namespace parallax::gui {

// Drops a reference on a pool thread. When it is the last one, the object is destroyed there: a
// replaced analysis of 200 articles frees hundreds of thousands of strings and vectors, which took
// 25 ms of the window's time when the last view let go of it.
template <class T> void releaseInBackground(std::shared_ptr<T> value) {
    if (!value)
        return;
    struct Release final : QRunnable {
        explicit Release(std::shared_ptr<T> v)
            : held(std::move(v)) {}
        void run() override { held.reset(); }
        std::shared_ptr<T> held;
    };
    QThreadPool::globalInstance()->start(new Release(std::move(value)));
}

} // namespace parallax::gui
