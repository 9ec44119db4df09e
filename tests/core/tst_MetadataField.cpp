#include "core/MetadataField.h"

#include <QStringList>
#include <QTest>

class tst_MetadataField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segments_data();
    void segments();
};

void tst_MetadataField::segments_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QString>("effective");
    QTest::newRow("plain") << "sub"
                           << "" << QStringList{"sub"} << "sub";
    QTest::newRow("nested") << "location.primary.city"
                            << "" << QStringList{"location", "primary", "city"} << "city";
    QTest::newRow("explicit") << "location.primary.city"
                              << "home" << QStringList{"location", "primary", "city"} << "home";
    QTest::newRow("escaped dot") << "http://example\\.com/id"
                                 << "" << QStringList{"http://example.com/id"} << "http://example.com/id";
    QTest::newRow("escaped then nested") << "a\\.b.c"
                                         << "" << QStringList{"a.b", "c"} << "c";
    QTest::newRow("lone backslash kept") << "a\\b"
                                         << "" << QStringList{"a\\b"} << "a\\b";
    QTest::newRow("empty segment") << "a..b"
                                   << "" << QStringList{"a", "", "b"} << "b";
}

void tst_MetadataField::segments()
{
    QFETCH(QString, name);
    QFETCH(QString, fieldName);
    QFETCH(QStringList, segments);
    QFETCH(QString, effective);
    const MetadataField f{name, fieldName, false};
    QCOMPARE(f.pathSegments(), segments);
    QCOMPARE(f.effectiveFieldName(), effective);
}

QTEST_GUILESS_MAIN(tst_MetadataField)
#include "tst_MetadataField.moc"
