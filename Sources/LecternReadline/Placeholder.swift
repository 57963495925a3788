import CReadline
public enum LecternReadlinePlaceholder {}
