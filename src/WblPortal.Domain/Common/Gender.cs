namespace WblPortal.Domain.Common;

public enum Gender
{
    Female = 1,
    Male = 2,
}
