/** The quiz's styles (src/styles/quiz.css), applied when the quiz code loads (quiz-launcher.ts). */
import styles from '../styles/quiz.css?inline';
import { adoptStyles } from './dom.ts';

adoptStyles(styles);
