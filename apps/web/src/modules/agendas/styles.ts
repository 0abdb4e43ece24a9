// Mantine sheets the agenda pages use beyond the app's base set and the meetings pages' set;
// loaded with these pages only.
import '../meetings/styles';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Mark.css';
import './agendas.css';
