<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own file dialog that Qt 6.4's qtbase_zh_CN.qm does not translate (the
     QAbstractFileIconProvider context is newer than that catalogue), so that the file types
     in Qt's file dialog read in Chinese too. Hand-written: lupdate never touches this file. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>文件</translation>
    </message>
</context>
</TS>
