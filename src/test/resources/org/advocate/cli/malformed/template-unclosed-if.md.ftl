<#if recipient.name>x
