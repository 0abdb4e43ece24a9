// Mantine sheets the case pages use beyond the app's base set (Radio, Fieldset from the meetings
// pages' set); loaded with these pages only.
import '../meetings/styles';
