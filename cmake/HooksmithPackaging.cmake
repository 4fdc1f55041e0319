# What `cmake --install` and CPack put on a user's machine besides the two programs: the desktop entry,
# AppStream metainfo, hicolor icons, man pages made from the programs' own --help, shell completions,
# the systemd unit and the documentation. `scripts/package` builds the .deb and .tar.gz from it.
include(GNUInstallDirs)

set(HOOKSMITH_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(HOOKSMITH_APP_ID io.hooksmith.Hooksmith)

# Man pages, written after the programs are linked, from what they print for --help.
# Installed compressed (gzip -n: no name or time stamp, so that two builds give the same bytes).
find_program(HOOKSMITH_GZIP gzip REQUIRED)
set(hooksmith_man_pages "${CMAKE_BINARY_DIR}/man/hooksmith-cli.1.gz")
add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/man/hooksmith-cli.1.gz"
    COMMAND "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:hooksmith-cli> -DNAME=hooksmith-cli
            -DVERSION=${PROJECT_VERSION} -DSUBCOMMANDS=ON "-DSEE_ALSO=hooksmith(1)"
            -DOUTPUT=${CMAKE_BINARY_DIR}/man/hooksmith-cli.1 -P "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
    COMMAND "${HOOKSMITH_GZIP}" -9nf "${CMAKE_BINARY_DIR}/man/hooksmith-cli.1"
    DEPENDS hooksmith-cli "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
    COMMENT "Writing the man page of hooksmith-cli"
    VERBATIM)
if(HOOKSMITH_BUILD_GUI)
    list(APPEND hooksmith_man_pages "${CMAKE_BINARY_DIR}/man/hooksmith.1.gz")
    add_custom_command(
        OUTPUT "${CMAKE_BINARY_DIR}/man/hooksmith.1.gz"
        COMMAND "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:hooksmith> -DNAME=hooksmith
                -DVERSION=${PROJECT_VERSION} "-DSEE_ALSO=hooksmith-cli(1)"
                -DOUTPUT=${CMAKE_BINARY_DIR}/man/hooksmith.1 -P "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
        COMMAND "${HOOKSMITH_GZIP}" -9nf "${CMAKE_BINARY_DIR}/man/hooksmith.1"
        DEPENDS hooksmith "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
        COMMENT "Writing the man page of hooksmith"
        VERBATIM)
endif()
add_custom_target(hooksmith_man_pages ALL DEPENDS ${hooksmith_man_pages})
install(FILES ${hooksmith_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

if(HOOKSMITH_BUILD_GUI)
    # hicolor icons: the SVG, and PNGs drawn from it at build time for desktops that want bitmaps.
    qt_add_executable(hooksmith-render-icon "${HOOKSMITH_PACKAGING_DIR}/tools/render_icon.cpp")
    set_target_properties(hooksmith-render-icon PROPERTIES WIN32_EXECUTABLE OFF)
    hooksmith_target(hooksmith-render-icon)
    target_link_libraries(hooksmith-render-icon PRIVATE Qt6::Gui Qt6::Svg)
    set(hooksmith_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/hooksmith.svg")
    set(hooksmith_icons "")
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(png "${CMAKE_BINARY_DIR}/icons/${size}x${size}/${HOOKSMITH_APP_ID}.png")
        add_custom_command(
            OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/icons/${size}x${size}"
            COMMAND hooksmith-render-icon "${hooksmith_icon_svg}" ${size} "${png}"
            DEPENDS hooksmith-render-icon "${hooksmith_icon_svg}"
            VERBATIM)
        list(APPEND hooksmith_icons "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(hooksmith_icons ALL DEPENDS ${hooksmith_icons})
    install(FILES "${hooksmith_icon_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${HOOKSMITH_APP_ID}.svg")

    install(FILES "${HOOKSMITH_PACKAGING_DIR}/linux/${HOOKSMITH_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${HOOKSMITH_PACKAGING_DIR}/linux/${HOOKSMITH_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${HOOKSMITH_PACKAGING_DIR}/linux/hooksmith-workspace.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${HOOKSMITH_APP_ID}.xml")
endif()

install(FILES "${HOOKSMITH_PACKAGING_DIR}/completions/hooksmith-cli.bash"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME hooksmith-cli)
if(HOOKSMITH_BUILD_GUI)
    install(FILES "${HOOKSMITH_PACKAGING_DIR}/completions/hooksmith-cli.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME hooksmith)
endif()
install(FILES "${HOOKSMITH_PACKAGING_DIR}/completions/_hooksmith-cli"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")

# The unit for `systemctl enable --now hooksmith-relay@NAME` (see docs/relay.md).
install(FILES "${HOOKSMITH_PACKAGING_DIR}/systemd/hooksmith-relay@.service"
    DESTINATION "lib/systemd/system")

# The documentation, where the unit's Documentation= and the man pages point.
set(HOOKSMITH_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/hooksmith")
add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/doc/changelog.gz"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/doc"
    COMMAND "${HOOKSMITH_GZIP}" -9nc "${HOOKSMITH_PACKAGING_DIR}/debian/changelog" > "${CMAKE_BINARY_DIR}/doc/changelog.gz"
    DEPENDS "${HOOKSMITH_PACKAGING_DIR}/debian/changelog")
add_custom_target(hooksmith_changelog ALL DEPENDS "${CMAKE_BINARY_DIR}/doc/changelog.gz")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${HOOKSMITH_PACKAGING_DIR}/debian/copyright"
    "${CMAKE_BINARY_DIR}/doc/changelog.gz" DESTINATION "${HOOKSMITH_DOCDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${HOOKSMITH_DOCDIR}"
    PATTERN "screenshots" EXCLUDE)

# Packages: a .deb that depends on Debian's own Qt 6 packages, and a .tar.gz of the same tree.
set(CPACK_PACKAGE_NAME hooksmith)
set(CPACK_PACKAGE_VENDOR "Hooksmith")
set(CPACK_PACKAGE_CONTACT "Hooksmith <hooksmith@hooksmith.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_FILE_NAME "hooksmith_${PROJECT_VERSION}_${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first; this is the long description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Hooksmith defines webhooks (URL, method, request format, headers, query,
basic authentication, signing and a body that takes values from device
signals), shows the exact request, and sends it whenever a bound device
reports a signal over USB serial. hooksmith-cli runs the same webhooks on a
server as a relay with a durable outbox, health checks and metrics.")
# Libraries the programs link come from dpkg-shlibdeps; plugins Qt loads at run time do not show up there
# (the SVG icon plugins come with libqt6svg6, which the programs link).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "mosquitto")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
