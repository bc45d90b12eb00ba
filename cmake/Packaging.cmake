# The Debian package (scripts/package runs CPack): both programs, the desktop entry, icon, AppStream
# metadata, the man page and the samples, installed under /usr.
#
# Depends: dpkg-shlibdeps reads the libraries the two programs link (Qt 6 Core/Gui/Widgets, ICU,
# gumbo, libstemmer, xxhash, libstdc++) and names the Debian packages that hold them, with the
# versions this build needs. What no ELF file reveals is added by hand: the Qt platform plugins
# (the window cannot open without xcb or wayland, and Debian pulls them in only as a recommendation)
# and a font, without which a minimal system renders boxes.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parallax)
set(CPACK_PACKAGE_VENDOR "Parallax")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Parallax opens a folder of news articles about the same event and shows where they agree, where one copies another (a reprint with house-style edits, two rewrites of one wire story), and where they disagree: above all, where their numbers differ. It runs offline. parallax-cli runs the same analysis without a window and writes JSON or a PDF report.")
set(CPACK_PACKAGE_CONTACT "Parallax maintainers <parallax@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # parallax_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, wordnet-base")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
include(CPack)
