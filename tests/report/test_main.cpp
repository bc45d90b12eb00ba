// The report draws text (fonts, PDF): it needs a QGuiApplication, on the offscreen platform here.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // CTest sets this too, but test discovery runs the binary at build time without it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
