namespace TthcEngine.Infrastructure.Agencies;

/// <summary>
/// An administration that receives and handles dossiers: the province (its departments are units of it) or a commune
/// (xã, phường) under it, two-level local government since 1/7/2025.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>lao-cai</c> or <c>xa-coc-san</c>.</param>
/// <param name="Name">e.g. "UBND xã Cốc San".</param>
/// <param name="Level"><c>province</c> or <c>commune</c>.</param>
/// <param name="Parent">The province of a commune; null for the province.</param>
/// <param name="ReceivingUnitCode">The desk's identifier (mã định danh), the first part of every dossier code it issues.</param>
/// <param name="DeskName">The one-stop desk's name as printed on forms, e.g. "Trung tâm Phục vụ hành chính công xã Cốc San".</param>
/// <param name="Place">Địa danh of the forms' date line.</param>
public sealed record AgencyDefinition(
    string Id, string Name, string Level, string? Parent, string ReceivingUnitCode, string DeskName, string Place);
