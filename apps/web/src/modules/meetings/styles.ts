// Mantine sheets the meetings pages use beyond the app's base set (app/styles.ts); loaded with
// these pages only.
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/ThemeIcon.css';
import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/dates/styles.css';
